using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeasesAndTeamRobots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChannelRobots_Channel",
                schema: "platform",
                table: "ChannelRobots");

            migrationBuilder.AddColumn<string>(
                name: "LockedBy",
                schema: "platform",
                table: "OutboxMessages",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedUntil",
                schema: "platform",
                table: "OutboxMessages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                schema: "platform",
                table: "ChannelRobots",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "WorkLeases",
                schema: "platform",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Until = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkLeases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelRobots_Channel_TeamId",
                schema: "platform",
                table: "ChannelRobots",
                columns: new[] { "Channel", "TeamId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WorkLeases",
                schema: "platform");

            migrationBuilder.DropIndex(
                name: "IX_ChannelRobots_Channel_TeamId",
                schema: "platform",
                table: "ChannelRobots");

            migrationBuilder.DropColumn(
                name: "LockedBy",
                schema: "platform",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "LockedUntil",
                schema: "platform",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "TeamId",
                schema: "platform",
                table: "ChannelRobots");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelRobots_Channel",
                schema: "platform",
                table: "ChannelRobots",
                column: "Channel",
                unique: true);
        }
    }
}
