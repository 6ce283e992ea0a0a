using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BoardStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BoardStamps",
                schema: "leads",
                columns: table => new
                {
                    Board = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardStamps", x => x.Board);
                });

            migrationBuilder.InsertData(
                schema: "leads",
                table: "BoardStamps",
                columns: new[] { "Board", "Value" },
                values: new object[,]
                {
                    { "Deals", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d01") },
                    { "Pool", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d02") }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardStamps",
                schema: "leads");
        }
    }
}
