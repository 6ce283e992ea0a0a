using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PipelineTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AssigneeId",
                schema: "leads",
                table: "StageTasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                schema: "leads",
                table: "StageTasks",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalationLevel",
                schema: "leads",
                table: "StageTasks",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastEscalatedAt",
                schema: "leads",
                table: "StageTasks",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaHours",
                schema: "leads",
                table: "StageTasks",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TriggerId",
                schema: "leads",
                table: "StageTasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemovedAt",
                schema: "leads",
                table: "Stages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StageTriggers",
                schema: "leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Moment = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    UserIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FieldIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SlaHours = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTriggers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageTriggers_Stages_StageId",
                        column: x => x.StageId,
                        principalSchema: "leads",
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The former single "notify role on entering" of a stage becomes that stage's first trigger (id = the stage's id).
            migrationBuilder.Sql(
                "INSERT INTO [leads].[StageTriggers] ([Id], [StageId], [Moment], [Roles], [UserIds], [FieldIds], [SlaHours]) SELECT [Id], [Id], N'Enter', [NotifyRole], N'', N'', 4 FROM [leads].[Stages] WHERE [NotifyRole] IS NOT NULL AND [NotifyRole] <> N'';");

            migrationBuilder.DropColumn(
                name: "NotifyRole",
                schema: "leads",
                table: "Stages");

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_AssigneeId_DoneAt",
                schema: "leads",
                table: "StageTasks",
                columns: new[] { "AssigneeId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_DoneAt_DueAt",
                schema: "leads",
                table: "StageTasks",
                columns: new[] { "DoneAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTriggers_StageId",
                schema: "leads",
                table: "StageTriggers",
                column: "StageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StageTriggers",
                schema: "leads");

            migrationBuilder.DropIndex(
                name: "IX_StageTasks_AssigneeId_DoneAt",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropIndex(
                name: "IX_StageTasks_DoneAt_DueAt",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "DueAt",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "LastEscalatedAt",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "SlaHours",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "TriggerId",
                schema: "leads",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                schema: "leads",
                table: "Stages");

            migrationBuilder.AddColumn<string>(
                name: "NotifyRole",
                schema: "leads",
                table: "Stages",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);
        }
    }
}
