using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeadListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Leads_ClaimedAt_Id_Status_Source_OwnerId",
                schema: "leads",
                table: "Leads",
                columns: new[] { "ClaimedAt", "Id", "Status", "Source", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_ClaimedAt_Id_Status_Source",
                schema: "leads",
                table: "Leads",
                columns: new[] { "OwnerId", "ClaimedAt", "Id", "Status", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_Source",
                schema: "leads",
                table: "Leads",
                columns: new[] { "Status", "Source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_ClaimedAt_Id_Status_Source_OwnerId",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_ClaimedAt_Id_Status_Source",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_Source",
                schema: "leads",
                table: "Leads");
        }
    }
}
