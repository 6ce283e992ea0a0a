using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Quotes.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuotesReach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EscalationSecondLevelHours",
                table: "Settings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EscalationSecondLevelRole",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "EscalationLevel",
                table: "ApprovalSteps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CostEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostEvidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Escalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    AssigneeUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeRole = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Escalations", x => x.Id);
                });

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
                name: "IX_CostEvidence_QuoteId",
                table: "CostEvidence",
                column: "QuoteId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_AssigneeRole",
                table: "Escalations",
                column: "AssigneeRole");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_AssigneeUserId",
                table: "Escalations",
                column: "AssigneeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Escalations_StepId_Level_AssigneeUserId",
                table: "Escalations",
                columns: new[] { "StepId", "Level", "AssigneeUserId" },
                unique: true);

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
                name: "CostEvidence");

            migrationBuilder.DropTable(
                name: "Escalations");

            migrationBuilder.DropTable(
                name: "RebateClaims");

            migrationBuilder.DropColumn(
                name: "EscalationSecondLevelHours",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "EscalationSecondLevelRole",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                table: "ApprovalSteps");
        }
    }
}
