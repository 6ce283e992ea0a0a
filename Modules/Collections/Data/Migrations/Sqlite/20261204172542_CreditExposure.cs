using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Collections.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditExposure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Exposure",
                table: "CustomerAccounts",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExposureAsOf",
                table: "CustomerAccounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OverLimit",
                table: "CustomerAccounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "UnscheduledExposure",
                table: "CustomerAccounts",
                type: "TEXT",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<long>(
                name: "DealSequence",
                table: "Contracts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_OverLimit",
                table: "CustomerAccounts",
                column: "OverLimit");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CustomerAccounts_OverLimit",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "Exposure",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "ExposureAsOf",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "OverLimit",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "UnscheduledExposure",
                table: "CustomerAccounts");

            migrationBuilder.DropColumn(
                name: "DealSequence",
                table: "Contracts");
        }
    }
}
