using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuoteCountStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeStamps",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeStamps", x => x.Name);
                });

            migrationBuilder.InsertData(
                table: "ChangeStamps",
                columns: new[] { "Name", "Value" },
                values: new object[] { "Quotes", new Guid("9b1f4c2e-7a3d-4e8b-b6c5-2d0f1e3a5c71") });

            // Statistics for the work queue's indexes (QuoteWorkQueueIndexes added them without): lacking them SQLite
            // guessed that (Role, Status) picks fewer rows than one owner, so "active steps of my roles on my own quotes"
            // walked every active step of the role and read its quote (7-20 ms) instead of starting from my quotes.
            migrationBuilder.Sql("ANALYZE \"IX_ApprovalSteps_Role_Status_DueAt_Id\";");
            migrationBuilder.Sql("ANALYZE \"IX_ApprovalSteps_QuoteId_Role\";");
            migrationBuilder.Sql("ANALYZE \"IX_Quotes_OwnerId_UpdatedAt_Number\";");
            migrationBuilder.Sql("ANALYZE \"IX_Quotes_Status_UpdatedAt_Number\";");
            migrationBuilder.Sql("ANALYZE \"IX_Quotes_Status_ValidUntil_Number\";");
            migrationBuilder.Sql("ANALYZE \"IX_Quotes_UpdatedAt_Number\";");
            migrationBuilder.Sql("ANALYZE \"IX_Quotes_ValidUntil_Number\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeStamps");
        }
    }
}
