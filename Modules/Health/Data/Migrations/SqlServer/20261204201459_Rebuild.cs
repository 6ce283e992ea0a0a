using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Health.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Rebuild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RebuildRuns",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Events = table.Column<long>(type: "bigint", nullable: false),
                    Unreadable = table.Column<long>(type: "bigint", nullable: false),
                    Seconds = table.Column<double>(type: "float", nullable: false),
                    Failed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebuildRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Archive_Type_OccurredAt",
                schema: "health",
                table: "Archive",
                columns: new[] { "Type", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RebuildRuns_StartedAt",
                schema: "health",
                table: "RebuildRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RebuildRuns",
                schema: "health");

            migrationBuilder.DropIndex(
                name: "IX_Archive_Type_OccurredAt",
                schema: "health",
                table: "Archive");
        }
    }
}
