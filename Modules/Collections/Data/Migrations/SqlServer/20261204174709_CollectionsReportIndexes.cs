using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Collections.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CollectionsReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Receivables_CustomerId_DueDate",
                schema: "collections",
                table: "Receivables");

            migrationBuilder.DropIndex(
                name: "IX_Receivables_OwnerId_DueDate",
                schema: "collections",
                table: "Receivables");

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_CustomerId_DueDate_Status_OverdueReasonId_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "CustomerId", "DueDate", "Status", "OverdueReasonId", "Amount", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_DueDate_Status_OwnerId_CustomerId_OverdueReasonId_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "DueDate", "Status", "OwnerId", "CustomerId", "OverdueReasonId", "Amount", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OwnerId_DueDate_Status_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "OwnerId", "DueDate", "Status", "Amount", "PaidAmount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Receivables_CustomerId_DueDate_Status_OverdueReasonId_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables");

            migrationBuilder.DropIndex(
                name: "IX_Receivables_DueDate_Status_OwnerId_CustomerId_OverdueReasonId_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables");

            migrationBuilder.DropIndex(
                name: "IX_Receivables_OwnerId_DueDate_Status_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables");

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_CustomerId_DueDate",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "CustomerId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OwnerId_DueDate",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "OwnerId", "DueDate" });
        }
    }
}
