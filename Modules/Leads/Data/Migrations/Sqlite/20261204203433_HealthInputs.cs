using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthInputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AmberDays",
                table: "Stages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RedDays",
                table: "Stages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedFingerprint",
                table: "Pipelines",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "LeadId",
                table: "Deals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Customers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BudgetBand",
                table: "Customers",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerType",
                table: "Customers",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionMaker",
                table: "Customers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MainCompetitor",
                table: "Customers",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Customers",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustomerGrades",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GradedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerGrades", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowUpId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OldObjective = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OldSummary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OldObstacleTags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OldWarning = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TraceModes",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TraceModes", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_LeadId",
                table: "Deals",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerGrades_Grade",
                table: "CustomerGrades",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpCorrections_FollowUpId",
                table: "FollowUpCorrections",
                column: "FollowUpId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerGrades");

            migrationBuilder.DropTable(
                name: "FollowUpCorrections");

            migrationBuilder.DropTable(
                name: "TraceModes");

            migrationBuilder.DropIndex(
                name: "IX_Deals_LeadId",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "AmberDays",
                table: "Stages");

            migrationBuilder.DropColumn(
                name: "RedDays",
                table: "Stages");

            migrationBuilder.DropColumn(
                name: "PublishedFingerprint",
                table: "Pipelines");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "LeadId",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "BudgetBand",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "CustomerType",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "DecisionMaker",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "MainCompetitor",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "Customers");
        }
    }
}
