using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuotesReach : Migration
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

            migrationBuilder.CreateTable(
                name: "RebateClaims",
                schema: "quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CustomerType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ProductCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    DeliveryDays = table.Column<int>(type: "int", nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    MinPercent = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    MaxPercent = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    MinAmount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    MaxAmount = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    Documents = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    PayoutDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebateClaims", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_RebateClaims_RequestedBy",
                schema: "quotes",
                table: "RebateClaims",
                column: "RequestedBy");

            migrationBuilder.CreateIndex(
                name: "IX_RebateClaims_Status_RequestedAt",
                schema: "quotes",
                table: "RebateClaims",
                columns: new[] { "Status", "RequestedAt" });
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

            migrationBuilder.DropTable(
                name: "RebateClaims",
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
