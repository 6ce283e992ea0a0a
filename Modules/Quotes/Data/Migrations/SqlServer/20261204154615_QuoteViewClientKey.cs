using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuoteViewClientKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                schema: "quotes",
                table: "QuoteViews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuoteViews_QuoteId_ClientKey_LastAt",
                schema: "quotes",
                table: "QuoteViews",
                columns: new[] { "QuoteId", "ClientKey", "LastAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuoteViews_QuoteId_ClientKey_LastAt",
                schema: "quotes",
                table: "QuoteViews");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                schema: "quotes",
                table: "QuoteViews");
        }
    }
}
