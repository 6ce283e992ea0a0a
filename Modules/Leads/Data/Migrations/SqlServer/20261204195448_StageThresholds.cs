using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StageThresholds : Migration
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

            migrationBuilder.AddColumn<Guid>(
                name: "LeadId",
                schema: "leads",
                table: "Deals",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deals_LeadId",
                schema: "leads",
                table: "Deals",
                column: "LeadId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "LeadId",
                schema: "leads",
                table: "Deals");
        }
    }
}
