using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadsReach : Migration
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
                name: "BoardStamps",
                columns: table => new
                {
                    Board = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardStamps", x => x.Board);
                });

            migrationBuilder.CreateTable(
                name: "CustomerContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsPrimary = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerFieldValues",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FieldId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerFieldValues", x => new { x.CustomerId, x.FieldId });
                });

            migrationBuilder.CreateTable(
                name: "CustomerTypeOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTypeOptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfileFields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsKey = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileFields", x => x.Id);
                });

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

            migrationBuilder.InsertData(
                table: "BoardStamps",
                columns: new[] { "Board", "Value" },
                values: new object[,]
                {
                    { "Deals", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d01") },
                    { "Pool", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d02") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AwaitsConfirmation_ConfirmedAt",
                table: "FollowUps",
                columns: new[] { "AwaitsConfirmation", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerContacts_CustomerId",
                table: "CustomerContacts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerTypeOptions_Code",
                table: "CustomerTypeOptions",
                column: "Code",
                unique: true);

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
                name: "BoardStamps");

            migrationBuilder.DropTable(
                name: "CustomerContacts");

            migrationBuilder.DropTable(
                name: "CustomerFieldValues");

            migrationBuilder.DropTable(
                name: "CustomerTypeOptions");

            migrationBuilder.DropTable(
                name: "ProfileFields");

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
