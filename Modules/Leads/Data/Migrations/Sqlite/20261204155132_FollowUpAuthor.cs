using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpAuthor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AuthorId",
                table: "FollowUps",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuthorId",
                table: "FollowUps");
        }
    }
}
