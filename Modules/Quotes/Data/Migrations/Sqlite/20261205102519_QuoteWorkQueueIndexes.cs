using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuoteWorkQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApprovalSteps_QuoteId",
                table: "ApprovalSteps");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_OwnerId_UpdatedAt_Number",
                table: "Quotes",
                columns: new[] { "OwnerId", "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Status_UpdatedAt_Number",
                table: "Quotes",
                columns: new[] { "Status", "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Status_ValidUntil_Number",
                table: "Quotes",
                columns: new[] { "Status", "ValidUntil", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_UpdatedAt_Number",
                table: "Quotes",
                columns: new[] { "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ValidUntil_Number",
                table: "Quotes",
                columns: new[] { "ValidUntil", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_QuoteId_Role",
                table: "ApprovalSteps",
                columns: new[] { "QuoteId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_Role_Status_DueAt_Id",
                table: "ApprovalSteps",
                columns: new[] { "Role", "Status", "DueAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_OwnerId_UpdatedAt_Number",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Status_UpdatedAt_Number",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Status_ValidUntil_Number",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_UpdatedAt_Number",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_ValidUntil_Number",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_ApprovalSteps_QuoteId_Role",
                table: "ApprovalSteps");

            migrationBuilder.DropIndex(
                name: "IX_ApprovalSteps_Role_Status_DueAt_Id",
                table: "ApprovalSteps");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_QuoteId",
                table: "ApprovalSteps",
                column: "QuoteId");
        }
    }
}
