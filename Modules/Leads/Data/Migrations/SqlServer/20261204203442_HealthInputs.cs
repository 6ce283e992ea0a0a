using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HealthInputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AmberDays",
                schema: "leads",
                table: "Stages",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RedDays",
                schema: "leads",
                table: "Stages",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedFingerprint",
                schema: "leads",
                table: "Pipelines",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "leads",
                table: "FollowUps",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "LeadId",
                schema: "leads",
                table: "Deals",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                schema: "leads",
                table: "Customers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetBand",
                schema: "leads",
                table: "Customers",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerType",
                schema: "leads",
                table: "Customers",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionMaker",
                schema: "leads",
                table: "Customers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MainCompetitor",
                schema: "leads",
                table: "Customers",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                schema: "leads",
                table: "Customers",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerGrades",
                schema: "leads",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Grade = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Score = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    Factors = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    GradedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerGrades", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpCorrections",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FollowUpId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Fields = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OldObjective = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OldSummary = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OldObstacleTags = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OldWarning = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TraceModes",
                schema: "leads",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    On = table.Column<bool>(type: "bit", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceModes", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_LeadId",
                schema: "leads",
                table: "Deals",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerGrades_Grade",
                schema: "leads",
                table: "CustomerGrades",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpCorrections_FollowUpId",
                schema: "leads",
                table: "FollowUpCorrections",
                column: "FollowUpId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerGrades",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "FollowUpCorrections",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "TraceModes",
                schema: "leads");

            migrationBuilder.DropIndex(
                name: "IX_Deals_LeadId",
                schema: "leads",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "AmberDays",
                schema: "leads",
                table: "Stages");

            migrationBuilder.DropColumn(
                name: "RedDays",
                schema: "leads",
                table: "Stages");

            migrationBuilder.DropColumn(
                name: "PublishedFingerprint",
                schema: "leads",
                table: "Pipelines");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "LeadId",
                schema: "leads",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "Address",
                schema: "leads",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "BudgetBand",
                schema: "leads",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "CustomerType",
                schema: "leads",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "DecisionMaker",
                schema: "leads",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "MainCompetitor",
                schema: "leads",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "Tier",
                schema: "leads",
                table: "Customers");
        }
    }
}
