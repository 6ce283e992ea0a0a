using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeadsStageTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProductLine",
                schema: "leads",
                table: "Deals",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "FollowUpId",
                schema: "leads",
                table: "Attachments",
                type: "uniqueidentifier",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier");

            migrationBuilder.AddColumn<Guid>(
                name: "DealId",
                schema: "leads",
                table: "Attachments",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StageTasks",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DoneBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deals_ProductLine_ClosedAt",
                schema: "leads",
                table: "Deals",
                columns: new[] { "ProductLine", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_DealId",
                schema: "leads",
                table: "Attachments",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_DealId",
                schema: "leads",
                table: "StageTasks",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_Role_DoneAt",
                schema: "leads",
                table: "StageTasks",
                columns: new[] { "Role", "DoneAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StageTasks",
                schema: "leads");

            migrationBuilder.DropIndex(
                name: "IX_Deals_ProductLine_ClosedAt",
                schema: "leads",
                table: "Deals");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_DealId",
                schema: "leads",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "ProductLine",
                schema: "leads",
                table: "Deals");

            migrationBuilder.DropColumn(
                name: "DealId",
                schema: "leads",
                table: "Attachments");

            migrationBuilder.AlterColumn<Guid>(
                name: "FollowUpId",
                schema: "leads",
                table: "Attachments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uniqueidentifier",
                oldNullable: true);
        }
    }
}
