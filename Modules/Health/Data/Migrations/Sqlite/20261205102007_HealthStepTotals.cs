using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Health.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthStepTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HealthStamps",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthStamps", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "StepTotals",
                columns: table => new
                {
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Breached = table.Column<int>(type: "INTEGER", nullable: false),
                    DelayHours = table.Column<double>(type: "REAL", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepTotals", x => new { x.Week, x.Kind, x.Step, x.OwnerId, x.TeamId });
                });

            migrationBuilder.InsertData(
                table: "HealthStamps",
                columns: new[] { "Name", "Value" },
                values: new object[] { "Process", new Guid("3f0c7a1e-2b64-4d5e-8a0b-6c1d2e3f4a01") });

            // The totals of the samples already projected (or generated): one pass over StepSamples.
            migrationBuilder.Sql(
                """
                INSERT INTO "StepTotals" ("Week", "Kind", "Step", "OwnerId", "TeamId", "Count", "Skipped", "Breached", "DelayHours", "Version")
                SELECT "Week", "Kind", "Step", "OwnerId", COALESCE("TeamId", '00000000-0000-0000-0000-000000000000'), COUNT(*),
                       SUM("Skipped"), SUM("Breached"), TOTAL("DelayHours"), 0
                FROM "StepSamples"
                GROUP BY "Week", "Kind", "Step", "OwnerId", COALESCE("TeamId", '00000000-0000-0000-0000-000000000000');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthStamps");

            migrationBuilder.DropTable(
                name: "StepTotals");
        }
    }
}
