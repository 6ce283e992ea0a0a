using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Collections.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OverdueFollowUpIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OverdueFollowUp",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "Status", "DueDate", "OverdueNotifiedAt", "OverdueReasonId", "UntaggedEscalatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Receivables_OverdueFollowUp",
                schema: "collections",
                table: "Receivables");
        }
    }
}
