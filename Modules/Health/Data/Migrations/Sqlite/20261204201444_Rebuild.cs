using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Health.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rebuild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RebuildRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Events = table.Column<long>(type: "INTEGER", nullable: false),
                    Unreadable = table.Column<long>(type: "INTEGER", nullable: false),
                    Seconds = table.Column<double>(type: "REAL", nullable: false),
                    Failed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebuildRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Archive_Type_OccurredAt",
                table: "Archive",
                columns: new[] { "Type", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RebuildRuns_StartedAt",
                table: "RebuildRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RebuildRuns");

            migrationBuilder.DropIndex(
                name: "IX_Archive_Type_OccurredAt",
                table: "Archive");
        }
    }
}
