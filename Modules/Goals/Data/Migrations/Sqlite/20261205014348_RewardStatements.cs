using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Goals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RewardStatements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RewardStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScopeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TargetAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    TopPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    AboveTarget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Pool = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: false),
                    TopCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Winners = table.Column<int>(type: "INTEGER", nullable: false),
                    Each = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalculatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardStatements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RewardStatements_PeriodKind_PeriodStart",
                table: "RewardStatements",
                columns: new[] { "PeriodKind", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_RewardStatements_TargetId",
                table: "RewardStatements",
                column: "TargetId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RewardStatements");
        }
    }
}
