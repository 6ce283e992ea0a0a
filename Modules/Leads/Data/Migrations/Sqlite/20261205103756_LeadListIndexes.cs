using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Leads_ClaimedAt_Id_Status_Source_OwnerId",
                table: "Leads",
                columns: new[] { "ClaimedAt", "Id", "Status", "Source", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_OwnerId_ClaimedAt_Id_Status_Source",
                table: "Leads",
                columns: new[] { "OwnerId", "ClaimedAt", "Id", "Status", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Leads_Status_Source",
                table: "Leads",
                columns: new[] { "Status", "Source" });

            // Statistics for the new indexes at once: without them SQLite guesses and may prefer one of them for the
            // pool board's query over its (Status, CreatedAt) index, which already has statistics.
            migrationBuilder.Sql("ANALYZE \"IX_Leads_ClaimedAt_Id_Status_Source_OwnerId\";");
            migrationBuilder.Sql("ANALYZE \"IX_Leads_OwnerId_ClaimedAt_Id_Status_Source\";");
            migrationBuilder.Sql("ANALYZE \"IX_Leads_Status_Source\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Leads_ClaimedAt_Id_Status_Source_OwnerId",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_OwnerId_ClaimedAt_Id_Status_Source",
                table: "Leads");

            migrationBuilder.DropIndex(
                name: "IX_Leads_Status_Source",
                table: "Leads");
        }
    }
}
