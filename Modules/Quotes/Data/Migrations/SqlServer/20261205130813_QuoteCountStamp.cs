using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuoteCountStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeStamps",
                schema: "quotes",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Value = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeStamps", x => x.Name);
                });

            migrationBuilder.InsertData(
                schema: "quotes",
                table: "ChangeStamps",
                columns: new[] { "Name", "Value" },
                values: new object[] { "Quotes", new Guid("9b1f4c2e-7a3d-4e8b-b6c5-2d0f1e3a5c71") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeStamps",
                schema: "quotes");
        }
    }
}
