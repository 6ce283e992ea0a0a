using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ApprovalEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EscalationSecondLevelHours",
                schema: "quotes",
                table: "Settings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EscalationSecondLevelRole",
                schema: "quotes",
                table: "Settings",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "EscalationLevel",
                schema: "quotes",
                table: "ApprovalSteps",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CostEvidence",
                schema: "quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostEvidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                schema: "quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StepId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    AssigneeUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AssigneeRole = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CostEvidence_QuoteId",
                schema: "quotes",
                table: "CostEvidence",
                column: "QuoteId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_AssigneeRole",
                schema: "quotes",
                table: "Escalations",
                column: "AssigneeRole");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_AssigneeUserId",
                schema: "quotes",
                table: "Escalations",
                column: "AssigneeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_StepId_Level_AssigneeUserId",
                schema: "quotes",
                table: "Escalations",
                columns: new[] { "StepId", "Level", "AssigneeUserId" },
                unique: true,
                filter: "[AssigneeUserId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CostEvidence",
                schema: "quotes");

            migrationBuilder.DropTable(
                name: "Escalations",
                schema: "quotes");

            migrationBuilder.DropColumn(
                name: "EscalationSecondLevelHours",
                schema: "quotes",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "EscalationSecondLevelRole",
                schema: "quotes",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                schema: "quotes",
                table: "ApprovalSteps");
        }
    }
}
