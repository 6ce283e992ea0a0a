using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuoteWorkQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ApprovalSteps_QuoteId",
                schema: "quotes",
                table: "ApprovalSteps");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_OwnerId_UpdatedAt_Number",
                schema: "quotes",
                table: "Quotes",
                columns: new[] { "OwnerId", "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Status_UpdatedAt_Number",
                schema: "quotes",
                table: "Quotes",
                columns: new[] { "Status", "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Status_ValidUntil_Number",
                schema: "quotes",
                table: "Quotes",
                columns: new[] { "Status", "ValidUntil", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_UpdatedAt_Number",
                schema: "quotes",
                table: "Quotes",
                columns: new[] { "UpdatedAt", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_ValidUntil_Number",
                schema: "quotes",
                table: "Quotes",
                columns: new[] { "ValidUntil", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_QuoteId_Role",
                schema: "quotes",
                table: "ApprovalSteps",
                columns: new[] { "QuoteId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_Role_Status_DueAt_Id",
                schema: "quotes",
                table: "ApprovalSteps",
                columns: new[] { "Role", "Status", "DueAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_OwnerId_UpdatedAt_Number",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Status_UpdatedAt_Number",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_Status_ValidUntil_Number",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_UpdatedAt_Number",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_ValidUntil_Number",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_ApprovalSteps_QuoteId_Role",
                schema: "quotes",
                table: "ApprovalSteps");

            migrationBuilder.DropIndex(
                name: "IX_ApprovalSteps_Role_Status_DueAt_Id",
                schema: "quotes",
                table: "ApprovalSteps");

            migrationBuilder.CreateIndex(
                name: "IX_ApprovalSteps_QuoteId",
                schema: "quotes",
                table: "ApprovalSteps",
                column: "QuoteId");
        }
    }
}
