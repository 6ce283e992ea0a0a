using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Host.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GapTeamRobots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChannelRobots_Channel",
                schema: "platform",
                table: "ChannelRobots");

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                schema: "platform",
                table: "ChannelRobots",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

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
            migrationBuilder.DropIndex(
                name: "IX_ChannelRobots_Channel_TeamId",
                schema: "platform",
                table: "ChannelRobots");

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
