using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Collections.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CreditExposure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Exposure",
                schema: "collections",
                table: "CustomerAccounts",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExposureAsOf",
                schema: "collections",
                table: "CustomerAccounts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OverLimit",
                schema: "collections",
                table: "CustomerAccounts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "UnscheduledExposure",
                schema: "collections",
                table: "CustomerAccounts",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "DealSequence",
                schema: "collections",
                table: "Contracts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_OverLimit",
                schema: "collections",
                table: "CustomerAccounts",
                column: "OverLimit");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CustomerAccounts_OverLimit",
                schema: "collections",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "Exposure",
                schema: "collections",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "ExposureAsOf",
                schema: "collections",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "OverLimit",
                schema: "collections",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "UnscheduledExposure",
                schema: "collections",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "DealSequence",
                schema: "collections",
                table: "Contracts");
        }
    }
}
