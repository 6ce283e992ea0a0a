using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Health.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HealthStepTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HealthStamps",
                schema: "health",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HealthStamps", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "StepTotals",
                schema: "health",
                columns: table => new
                {
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Step = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Skipped = table.Column<int>(type: "int", nullable: false),
                    Breached = table.Column<int>(type: "int", nullable: false),
                    DelayHours = table.Column<double>(type: "float", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepTotals", x => new { x.Week, x.Kind, x.Step, x.OwnerId, x.TeamId });
                });

            migrationBuilder.InsertData(
                schema: "health",
                table: "HealthStamps",
                columns: new[] { "Name", "Value" },
                values: new object[] { "Process", new Guid("3f0c7a1e-2b64-4d5e-8a0b-6c1d2e3f4a01") });

            // The totals of the samples already projected: one pass over StepSamples.
            migrationBuilder.Sql(
                """
                INSERT INTO [health].[StepTotals] ([Week], [Kind], [Step], [OwnerId], [TeamId], [Count], [Skipped], [Breached], [DelayHours], [Version])
                SELECT [Week], [Kind], [Step], [OwnerId], COALESCE([TeamId], '00000000-0000-0000-0000-000000000000'), COUNT(*),
                       SUM(CAST([Skipped] AS int)), SUM(CAST([Breached] AS int)), SUM([DelayHours]), 0
                FROM [health].[StepSamples]
                GROUP BY [Week], [Kind], [Step], [OwnerId], COALESCE([TeamId], '00000000-0000-0000-0000-000000000000');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HealthStamps",
                schema: "health");

            migrationBuilder.DropTable(
                name: "StepTotals",
                schema: "health");
        }
    }
}
