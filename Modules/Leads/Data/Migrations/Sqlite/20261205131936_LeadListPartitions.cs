using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadListPartitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_ClaimedAt_Id_Status_Source_OwnerId",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_ClaimedAt_Id_Status_Source",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_Status",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ReleaseDeadline",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_Source",
                table: "Leads");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                table: "Leads",
                columns: new[] { "OwnerId", "Status", "ReleaseDeadline", "ClaimedAt", "Id", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ClaimedAt_Id_Source_OwnerId",
                table: "Leads",
                columns: new[] { "Status", "ClaimedAt", "Id", "Source", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                table: "Leads",
                columns: new[] { "Status", "ReleaseDeadline", "ClaimedAt", "Id", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_Source_ClaimedAt_Id_ReleaseDeadline",
                table: "Leads",
                columns: new[] { "Status", "Source", "ClaimedAt", "Id", "ReleaseDeadline" });

            // Statistics for the new indexes at once, so the planner weighs them against the others from the first query.
            migrationBuilder.Sql("ANALYZE \"IX_Leads_OwnerId_Status_ReleaseDeadline_ClaimedAt_Id_Source\";");
            migrationBuilder.Sql("ANALYZE \"IX_Leads_Status_ClaimedAt_Id_Source_OwnerId\";");
            migrationBuilder.Sql("ANALYZE \"IX_Leads_Status_ReleaseDeadline_ClaimedAt_Id_Source\";");
            migrationBuilder.Sql("ANALYZE \"IX_Leads_Status_Source_ClaimedAt_Id_ReleaseDeadline\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ClaimedAt_Id_Source_OwnerId",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_ReleaseDeadline_ClaimedAt_Id_Source",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_Source_ClaimedAt_Id_ReleaseDeadline",
                table: "Leads");

            migrationBuilder.CreateIndex(
                name: "IX_Leads_ClaimedAt_Id_Status_Source_OwnerId",
                table: "Leads",
                columns: new[] { "ClaimedAt", "Id", "Status", "Source", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_ClaimedAt_Id_Status_Source",
                table: "Leads",
                columns: new[] { "OwnerId", "ClaimedAt", "Id", "Status", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_Status",
                table: "Leads",
                columns: new[] { "OwnerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_ReleaseDeadline",
                table: "Leads",
                columns: new[] { "Status", "ReleaseDeadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_Source",
                table: "Leads",
                columns: new[] { "Status", "Source" });
        }
    }
}
