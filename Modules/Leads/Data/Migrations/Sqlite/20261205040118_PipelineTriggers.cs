using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelineTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AssigneeId",
                table: "StageTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "StageTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalationLevel",
                table: "StageTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastEscalatedAt",
                table: "StageTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaHours",
                table: "StageTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TriggerId",
                table: "StageTasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RemovedAt",
                table: "Stages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StageTriggers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Moment = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UserIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FieldIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SlaHours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageTriggers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageTriggers_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The former single "notify role on entering" of a stage becomes that stage's first trigger (id = the stage's id).
            migrationBuilder.Sql(
                "INSERT INTO \"StageTriggers\" (\"Id\", \"StageId\", \"Moment\", \"Roles\", \"UserIds\", \"FieldIds\", \"SlaHours\") SELECT \"Id\", \"Id\", 'Enter', \"NotifyRole\", '', '', 4 FROM \"Stages\" WHERE \"NotifyRole\" IS NOT NULL AND \"NotifyRole\" <> '';");

            migrationBuilder.DropColumn(
                name: "NotifyRole",
                table: "Stages");

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_AssigneeId_DoneAt",
                table: "StageTasks",
                columns: new[] { "AssigneeId", "DoneAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTasks_DoneAt_DueAt",
                table: "StageTasks",
                columns: new[] { "DoneAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StageTriggers_StageId",
                table: "StageTriggers",
                column: "StageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StageTriggers");

            migrationBuilder.DropIndex(
                name: "IX_StageTasks_AssigneeId_DoneAt",
                table: "StageTasks");

            migrationBuilder.DropIndex(
                name: "IX_StageTasks_DoneAt_DueAt",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "LastEscalatedAt",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "SlaHours",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "TriggerId",
                table: "StageTasks");

            migrationBuilder.DropColumn(
                name: "RemovedAt",
                table: "Stages");

            migrationBuilder.AddColumn<string>(
                name: "NotifyRole",
                table: "Stages",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }
    }
}
