using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CreditReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CreditCheckAddsFinanceStep",
                schema: "quotes",
                table: "Settings",
                type: "bit",
                nullable: false,
                defaultValue: true); // settings saved before this column keep the default: the check adds the Finance step

            migrationBuilder.AddColumn<decimal>(
                name: "CreditAmount",
                schema: "quotes",
                table: "Quotes",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditExposure",
                schema: "quotes",
                table: "Quotes",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "CreditLimit",
                schema: "quotes",
                table: "Quotes",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerCredits",
                schema: "quotes",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Exposure = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Limit = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                name: "CustomerCredits",
                schema: "quotes");

            migrationBuilder.DropColumn(
                name: "CreditCheckAddsFinanceStep",
                schema: "quotes",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CreditAmount",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "CreditExposure",
                schema: "quotes",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "CreditLimit",
                schema: "quotes",
                table: "Quotes");
        }
    }
}
