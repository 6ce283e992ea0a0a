using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeadListPartitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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
                name: "IX_Leads_OwnerId_Status",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ReleaseDeadline",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_Source",
                schema: "leads",
                table: "Leads");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                schema: "leads",
                table: "Leads",
                columns: new[] { "OwnerId", "Status", "ReleaseDeadline", "ClaimedAt", "Id", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ClaimedAt_Id_Source_OwnerId",
                schema: "leads",
                table: "Leads",
                columns: new[] { "Status", "ClaimedAt", "Id", "Source", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                schema: "leads",
                table: "Leads",
                columns: new[] { "Status", "ReleaseDeadline", "ClaimedAt", "Id", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_Source_ClaimedAt_Id_ReleaseDeadline",
                schema: "leads",
                table: "Leads",
                columns: new[] { "Status", "Source", "ClaimedAt", "Id", "ReleaseDeadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ClaimedAt_Id_Source_OwnerId",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                schema: "leads",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_Source_ClaimedAt_Id_ReleaseDeadline",
                schema: "leads",
                table: "Leads");

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
                name: "IX_Leads_OwnerId_Status",
                schema: "leads",
                table: "Leads",
                columns: new[] { "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ReleaseDeadline",
                schema: "leads",
                table: "Leads",
                columns: new[] { "Status", "ReleaseDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_Source",
                schema: "leads",
                table: "Leads",
                columns: new[] { "Status", "Source" });
        }
    }
}
