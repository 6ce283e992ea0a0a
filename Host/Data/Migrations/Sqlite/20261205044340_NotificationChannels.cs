using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChannelDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelPreferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TextKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelPreferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelRobots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelRobots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmailServers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    TlsMode = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SenderAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailServers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelDeliveries_IdempotencyKey",
                table: "ChannelDeliveries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelDeliveries_NotificationId",
                table: "ChannelDeliveries",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelDeliveries_RecipientUserId_CreatedAt",
                table: "ChannelDeliveries",
                columns: new[] { "RecipientUserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelDeliveries_Status_NextAttemptAt",
                table: "ChannelDeliveries",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelPreferences_UserId_SourceModule_TextKey",
                table: "ChannelPreferences",
                columns: new[] { "UserId", "SourceModule", "TextKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelRobots_Channel",
                table: "ChannelRobots",
                column: "Channel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelDeliveries");

            migrationBuilder.DropTable(
                name: "ChannelPreferences");

            migrationBuilder.DropTable(
                name: "ChannelRobots");

            migrationBuilder.DropTable(
                name: "EmailServers");
        }
    }
}
