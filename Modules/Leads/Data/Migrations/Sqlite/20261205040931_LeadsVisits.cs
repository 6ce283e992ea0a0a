using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadsVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "AccuracyMeters",
                table: "FollowUps",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsConfirmation",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmAskedOf",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConfirmLevel",
                table: "FollowUps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmedBy",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                table: "FollowUps",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                table: "FollowUps",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoiceKey",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "VoiceSeconds",
                table: "FollowUps",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoiceType",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RiskCards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowUpId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ManagerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ObstacleTags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RouteSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TechnicalRouteOn = table.Column<bool>(type: "INTEGER", nullable: false),
                    TechnicalTags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    MinWinRatePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    WinRateDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DeviationDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DeviationPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    DeviationCountsManual = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConfirmHours = table.Column<int>(type: "INTEGER", nullable: false),
                    NotifyDeliveryManager = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AwaitsConfirmation_ConfirmedAt",
                table: "FollowUps",
                columns: new[] { "AwaitsConfirmation", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskCards_ClosedAt_RaisedAt",
                table: "RiskCards",
                columns: new[] { "ClosedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskCards_FollowUpId",
                table: "RiskCards",
                column: "FollowUpId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiskCards");

            migrationBuilder.DropTable(
                name: "RouteSettings");

            migrationBuilder.DropTable(
                name: "VisitSettings");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AwaitsConfirmation_ConfirmedAt",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "AccuracyMeters",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "AwaitsConfirmation",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmAskedOf",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmLevel",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Latitude",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Longitude",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VoiceKey",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VoiceSeconds",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VoiceType",
                table: "FollowUps");
        }
    }
}
