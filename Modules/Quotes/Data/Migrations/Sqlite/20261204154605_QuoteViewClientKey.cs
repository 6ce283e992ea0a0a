using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuoteViewClientKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                table: "QuoteViews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuoteViews_QuoteId_ClientKey_LastAt",
                table: "QuoteViews",
                columns: new[] { "QuoteId", "ClientKey", "LastAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuoteViews_QuoteId_ClientKey_LastAt",
                table: "QuoteViews");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                table: "QuoteViews");
        }
    }
}
