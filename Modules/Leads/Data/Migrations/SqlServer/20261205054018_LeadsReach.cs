using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeadsReach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "AccuracyMeters",
                schema: "leads",
                table: "FollowUps",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsConfirmation",
                schema: "leads",
                table: "FollowUps",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmAskedOf",
                schema: "leads",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConfirmLevel",
                schema: "leads",
                table: "FollowUps",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAt",
                schema: "leads",
                table: "FollowUps",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmedBy",
                schema: "leads",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Latitude",
                schema: "leads",
                table: "FollowUps",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Longitude",
                schema: "leads",
                table: "FollowUps",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoiceKey",
                schema: "leads",
                table: "FollowUps",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "VoiceSeconds",
                schema: "leads",
                table: "FollowUps",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VoiceType",
                schema: "leads",
                table: "FollowUps",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BoardStamps",
                schema: "leads",
                columns: table => new
                {
                    Board = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardStamps", x => x.Board);
                });

            migrationBuilder.CreateTable(
                name: "CustomerContacts",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IsPrimary = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerFieldValues",
                schema: "leads",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FieldId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerFieldValues", x => new { x.CustomerId, x.FieldId });
                });

            migrationBuilder.CreateTable(
                name: "CustomerTypeOptions",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTypeOptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProfileFields",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Options = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IsKey = table.Column<bool>(type: "bit", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskCards",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FollowUpId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ManagerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ObstacleTags = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RouteSettings",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TechnicalRouteOn = table.Column<bool>(type: "bit", nullable: false),
                    TechnicalTags = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    MinWinRatePercent = table.Column<int>(type: "int", nullable: false),
                    WinRateDays = table.Column<int>(type: "int", nullable: false),
                    DeviationDays = table.Column<int>(type: "int", nullable: false),
                    DeviationPerDay = table.Column<int>(type: "int", nullable: false),
                    DeviationCountsManual = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VisitSettings",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConfirmHours = table.Column<int>(type: "int", nullable: false),
                    NotifyDeliveryManager = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitSettings", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "leads",
                table: "BoardStamps",
                columns: new[] { "Board", "Value" },
                values: new object[,]
                {
                    { "Deals", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d01") },
                    { "Pool", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d02") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_AwaitsConfirmation_ConfirmedAt",
                schema: "leads",
                table: "FollowUps",
                columns: new[] { "AwaitsConfirmation", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerContacts_CustomerId",
                schema: "leads",
                table: "CustomerContacts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerTypeOptions_Code",
                schema: "leads",
                table: "CustomerTypeOptions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskCards_ClosedAt_RaisedAt",
                schema: "leads",
                table: "RiskCards",
                columns: new[] { "ClosedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskCards_FollowUpId",
                schema: "leads",
                table: "RiskCards",
                column: "FollowUpId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardStamps",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "CustomerContacts",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "CustomerFieldValues",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "CustomerTypeOptions",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "ProfileFields",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "RiskCards",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "RouteSettings",
                schema: "leads");

            migrationBuilder.DropTable(
                name: "VisitSettings",
                schema: "leads");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_AwaitsConfirmation_ConfirmedAt",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "AccuracyMeters",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "AwaitsConfirmation",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmAskedOf",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmLevel",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmedAt",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Latitude",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Longitude",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VoiceKey",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VoiceSeconds",
                schema: "leads",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "VoiceType",
                schema: "leads",
                table: "FollowUps");
        }
    }
}
