using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KanbanIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deals_OwnerId_Status",
                table: "Deals");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_OwnerId_Status_PipelineId_StageId_StageEnteredAt_Id",
                table: "Deals",
                columns: new[] { "OwnerId", "Status", "PipelineId", "StageId", "StageEnteredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_Status_PipelineId_StageId_StageEnteredAt_Id_ExpectedAmount",
                table: "Deals",
                columns: new[] { "Status", "PipelineId", "StageId", "StageEnteredAt", "Id", "ExpectedAmount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deals_OwnerId_Status_PipelineId_StageId_StageEnteredAt_Id",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Deals_Status_PipelineId_StageId_StageEnteredAt_Id_ExpectedAmount",
                table: "Deals");

            migrationBuilder.CreateIndex(
                name: "IX_Deals_OwnerId_Status",
                table: "Deals",
                columns: new[] { "OwnerId", "Status" });
        }
    }
}
