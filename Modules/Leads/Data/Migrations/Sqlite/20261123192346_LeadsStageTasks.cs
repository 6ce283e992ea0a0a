using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeadsStageTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProductLine",
                table: "Deals",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "FollowUpId",
                table: "Attachments",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "DealId",
                table: "Attachments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StageTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DoneBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ProductLine_ClosedAt",
                table: "Deals",
                columns: new[] { "ProductLine", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_DealId",
                table: "Attachments",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_DealId",
                table: "StageTasks",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_Role_DoneAt",
                table: "StageTasks",
                columns: new[] { "Role", "DoneAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StageTasks");

            migrationBuilder.DropIndex(
                name: "IX_Deals_ProductLine_ClosedAt",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_DealId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "ProductLine",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "DealId",
                table: "Attachments");

            migrationBuilder.AlterColumn<Guid>(
                name: "FollowUpId",
                table: "Attachments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
