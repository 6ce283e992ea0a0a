using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FollowUpAuthor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AuthorId",
                schema: "leads",
                table: "FollowUps",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AuthorId",
                schema: "leads",
                table: "FollowUps");
        }
    }
}
