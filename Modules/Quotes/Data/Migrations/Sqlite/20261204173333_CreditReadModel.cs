using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CreditCheckAddsFinanceStep",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // settings saved before this column keep the default: the check adds the Finance step

            migrationBuilder.AddColumn<decimal>(
                name: "CreditAmount",
                table: "Quotes",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditExposure",
                table: "Quotes",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditLimit",
                table: "Quotes",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerCredits",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exposure = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Limit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AsOf = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerCredits", x => x.CustomerId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerCredits");

            migrationBuilder.DropColumn(
                name: "CreditCheckAddsFinanceStep",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CreditAmount",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "CreditExposure",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "CreditLimit",
                table: "Quotes");
        }
    }
}
