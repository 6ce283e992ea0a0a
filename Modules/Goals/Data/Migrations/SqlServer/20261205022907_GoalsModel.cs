using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Goals.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class GoalsModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionTypes",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    RuleEvent = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    RuleValue = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RuleMinNumber = table.Column<int>(type: "int", nullable: true),
                    RuleFlag = table.Column<bool>(type: "bit", nullable: true),
                    RuleMinAttachments = table.Column<int>(type: "int", nullable: false),
                    RuleCreditTo = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    RuleKeyCustomersOnly = table.Column<bool>(type: "bit", nullable: false),
                    RuleActorNotOwner = table.Column<bool>(type: "bit", nullable: false),
                    DrivesMetric = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    HowToUrl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    HowToSeconds = table.Column<int>(type: "int", nullable: true),
                    ForManagers = table.Column<bool>(type: "bit", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Goal = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActivatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Customers = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Materials = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Scripts = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Steps = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Grade = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    MarkedKey = table.Column<bool>(type: "bit", nullable: false),
                    ProductLines = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Facts",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Link = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Value = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Number = table.Column<int>(type: "int", nullable: true),
                    Flag = table.Column<bool>(type: "bit", nullable: true),
                    Attachments = table.Column<int>(type: "int", nullable: false),
                    Metric = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Matches",
                schema: "goals",
                columns: table => new
                {
                    FactId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActionTypeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matches", x => new { x.FactId, x.ActionTypeId });
                });

            migrationBuilder.CreateTable(
                name: "MissedAlerts",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActionTypeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Days = table.Column<int>(type: "int", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MissedAlerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RewardStatements",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TargetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ScopeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ScopeName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Metric = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    TargetAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Actual = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    SharePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    TopPercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    AboveTarget = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Pool = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Headcount = table.Column<int>(type: "int", nullable: false),
                    TopCount = table.Column<int>(type: "int", nullable: false),
                    Winners = table.Column<int>(type: "int", nullable: false),
                    Each = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CalculatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RewardStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    RewardSharePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    RewardTopPercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    MissedDays = table.Column<int>(type: "int", nullable: false),
                    HighActivityPercent = table.Column<int>(type: "int", nullable: false),
                    LowConversionPercent = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Template = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ScopeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ScopeName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Metric = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    ParentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    KeyActions = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanItems",
                schema: "goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PlanId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ActionTypeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ProductLine = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanItems_Plans_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "goals",
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionTypes_Code",
                schema: "goals",
                table: "ActionTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_TeamId_Status",
                schema: "goals",
                table: "Campaigns",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_PeriodKind_PeriodStart",
                schema: "goals",
                table: "Contracts",
                columns: new[] { "PeriodKind", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_UserId_PeriodKind_PeriodStart",
                schema: "goals",
                table: "Contracts",
                columns: new[] { "UserId", "PeriodKind", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Customers_OwnerId",
                schema: "goals",
                table: "Customers",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Facts_EventType_Day",
                schema: "goals",
                table: "Facts",
                columns: new[] { "EventType", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_Metric_Day",
                schema: "goals",
                table: "Facts",
                columns: new[] { "Metric", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Facts_OwnerId_Day",
                schema: "goals",
                table: "Facts",
                columns: new[] { "OwnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_ActionTypeId_Day",
                schema: "goals",
                table: "Matches",
                columns: new[] { "ActionTypeId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_UserId_ActionTypeId_Day",
                schema: "goals",
                table: "Matches",
                columns: new[] { "UserId", "ActionTypeId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_UserId_Day_ActionTypeId",
                schema: "goals",
                table: "Matches",
                columns: new[] { "UserId", "Day", "ActionTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_MissedAlerts_UserId_ActionTypeId_LastDay",
                schema: "goals",
                table: "MissedAlerts",
                columns: new[] { "UserId", "ActionTypeId", "LastDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PlanId",
                schema: "goals",
                table: "PlanItems",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_UserId_Day",
                schema: "goals",
                table: "PlanItems",
                columns: new[] { "UserId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_UserId_WeekStart",
                schema: "goals",
                table: "Plans",
                columns: new[] { "UserId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_WeekStart",
                schema: "goals",
                table: "Plans",
                column: "WeekStart");

            migrationBuilder.CreateIndex(
                name: "IX_RewardStatements_PeriodKind_PeriodStart",
                schema: "goals",
                table: "RewardStatements",
                columns: new[] { "PeriodKind", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_RewardStatements_TargetId",
                schema: "goals",
                table: "RewardStatements",
                column: "TargetId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Targets_ParentId",
                schema: "goals",
                table: "Targets",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_PeriodKind_PeriodStart_Scope_ScopeId_Metric",
                schema: "goals",
                table: "Targets",
                columns: new[] { "PeriodKind", "PeriodStart", "Scope", "ScopeId", "Metric" },
                unique: true,
                filter: "[ScopeId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionTypes",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Campaigns",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Contracts",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Customers",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Facts",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Matches",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "MissedAlerts",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "PlanItems",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "RewardStatements",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Settings",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Targets",
                schema: "goals");

            migrationBuilder.DropTable(
                name: "Plans",
                schema: "goals");
        }
    }
}
