using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferRebateClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RebateClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CustomerType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProductCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    DeliveryDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MaxPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MinAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MaxAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PayoutDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebateClaims", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RebateClaims_RequestedBy",
                table: "RebateClaims",
                column: "RequestedBy");

            migrationBuilder.CreateIndex(
                name: "IX_RebateClaims_Status_RequestedAt",
                table: "RebateClaims",
                columns: new[] { "Status", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RebateClaims");
        }
    }
}
