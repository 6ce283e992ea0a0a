using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Health.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "health");

            migrationBuilder.CreateTable(
                name: "Actions",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SubjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Rule = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Until = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EndReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Reversed = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Archive",
                schema: "health",
                columns: table => new
                {
                    Position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Archive", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "Corrections",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Corrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerGrades",
                schema: "health",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Grade = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    PreviousGrade = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Score = table.Column<decimal>(type: "decimal(5,1)", precision: 5, scale: 1, nullable: false),
                    Factors = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    GradedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerGrades", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "CustomerTracks",
                schema: "health",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Tier = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Since = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProfileFilled = table.Column<int>(type: "int", nullable: false),
                    ProfileTotal = table.Column<int>(type: "int", nullable: false),
                    MissingFields = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    FollowUps = table.Column<int>(type: "int", nullable: false),
                    LastFollowUpAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompetitorMentions = table.Column<int>(type: "int", nullable: false),
                    MilestonesPaid = table.Column<int>(type: "int", nullable: false),
                    LateDays = table.Column<int>(type: "int", nullable: false),
                    MilestonesLate = table.Column<int>(type: "int", nullable: false),
                    DealsWon = table.Column<int>(type: "int", nullable: false),
                    WonCycleDays = table.Column<double>(type: "float", nullable: false),
                    QuotesAccepted = table.Column<int>(type: "int", nullable: false),
                    LastPurchaseAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MergedInto = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTracks", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "DealTracks",
                schema: "health",
                columns: table => new
                {
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PipelineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LeadId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StageEnteredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    State = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ProposalAcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ContractSignedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealTracks", x => x.DealId);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpFacts",
                schema: "health",
                columns: table => new
                {
                    FollowUpId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeadId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    Objective = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Tagged = table.Column<bool>(type: "bit", nullable: false),
                    NoObstacle = table.Column<bool>(type: "bit", nullable: false),
                    Competitor = table.Column<bool>(type: "bit", nullable: false),
                    Warning = table.Column<bool>(type: "bit", nullable: false),
                    IntervalHours = table.Column<double>(type: "float", nullable: true),
                    Corrections = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpFacts", x => x.FollowUpId);
                });

            migrationBuilder.CreateTable(
                name: "HandOverItems",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HandOverId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FromUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ToUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstFollowUpAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandOverItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxRecords",
                schema: "health",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxRecords", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "IndicatorThresholds",
                schema: "health",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Green = table.Column<double>(type: "float", nullable: false),
                    Red = table.Column<double>(type: "float", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorThresholds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LeadTracks",
                schema: "health",
                columns: table => new
                {
                    LeadId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FirstTouchAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NeedConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadTracks", x => x.LeadId);
                });

            migrationBuilder.CreateTable(
                name: "OperationLog",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Operation = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangesJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DeadLettered = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PipelineStages",
                schema: "health",
                columns: table => new
                {
                    PipelineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PipelineName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    AmberDays = table.Column<int>(type: "int", nullable: true),
                    RedDays = table.Column<int>(type: "int", nullable: true),
                    Skippable = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineStages", x => new { x.PipelineId, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "QuoteTracks",
                schema: "health",
                columns: table => new
                {
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StepStartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    BreachedSteps = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteTracks", x => x.QuoteId);
                });

            migrationBuilder.CreateTable(
                name: "RebuildRuns",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Events = table.Column<long>(type: "bigint", nullable: false),
                    Unreadable = table.Column<long>(type: "bigint", nullable: false),
                    Seconds = table.Column<double>(type: "float", nullable: false),
                    Failed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebuildRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    NoObstacleTag = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    CompetitorWords = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PauseEnabled = table.Column<bool>(type: "bit", nullable: false),
                    PauseMinFollowUps = table.Column<int>(type: "int", nullable: false),
                    PauseDays = table.Column<int>(type: "int", nullable: false),
                    FreezeEnabled = table.Column<bool>(type: "bit", nullable: false),
                    FreezeMinFields = table.Column<int>(type: "int", nullable: false),
                    FreezeAfterFollowUps = table.Column<int>(type: "int", nullable: false),
                    ReviewEnabled = table.Column<bool>(type: "bit", nullable: false),
                    ReviewSharePercent = table.Column<int>(type: "int", nullable: false),
                    ReviewWaitHours = table.Column<int>(type: "int", nullable: false),
                    ReviewDueHours = table.Column<int>(type: "int", nullable: false),
                    TraceEnabled = table.Column<bool>(type: "bit", nullable: false),
                    TraceMaxCorrectionsPerDay = table.Column<int>(type: "int", nullable: false),
                    WeightPayment = table.Column<int>(type: "int", nullable: false),
                    WeightSpeed = table.Column<int>(type: "int", nullable: false),
                    WeightTier = table.Column<int>(type: "int", nullable: false),
                    WeightCompetition = table.Column<int>(type: "int", nullable: false),
                    GradingIntervalHours = table.Column<int>(type: "int", nullable: false),
                    GradeAPlusFrom = table.Column<int>(type: "int", nullable: false),
                    GradeAFrom = table.Column<int>(type: "int", nullable: false),
                    GradeBFrom = table.Column<int>(type: "int", nullable: false),
                    APlusSupportPack = table.Column<bool>(type: "bit", nullable: false),
                    CReview = table.Column<bool>(type: "bit", nullable: false),
                    CReviewHours = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepSamples",
                schema: "health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Step = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Week = table.Column<DateOnly>(type: "date", nullable: false),
                    DurationHours = table.Column<double>(type: "float", nullable: false),
                    TargetHours = table.Column<double>(type: "float", nullable: true),
                    DelayHours = table.Column<double>(type: "float", nullable: false),
                    Skipped = table.Column<bool>(type: "bit", nullable: false),
                    Breached = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepSamples", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_EndedAt_Kind_UserId",
                schema: "health",
                table: "Actions",
                columns: new[] { "EndedAt", "Kind", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Rule_UserId_StartedAt",
                schema: "health",
                table: "Actions",
                columns: new[] { "Rule", "UserId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Archive_EventId",
                schema: "health",
                table: "Archive",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Archive_Type_OccurredAt",
                schema: "health",
                table: "Archive",
                columns: new[] { "Type", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_OwnerId_Day",
                schema: "health",
                table: "Corrections",
                columns: new[] { "OwnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_Week_TeamId_OwnerId",
                schema: "health",
                table: "Corrections",
                columns: new[] { "Week", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerGrades_Grade",
                schema: "health",
                table: "CustomerGrades",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerTracks_TeamId_OwnerId",
                schema: "health",
                table: "CustomerTracks",
                columns: new[] { "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_CustomerId",
                schema: "health",
                table: "DealTracks",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_LeadId",
                schema: "health",
                table: "DealTracks",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_OpenedAt_TeamId_OwnerId",
                schema: "health",
                table: "DealTracks",
                columns: new[] { "OpenedAt", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_State_Stage",
                schema: "health",
                table: "DealTracks",
                columns: new[] { "State", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_CustomerId_OwnerId",
                schema: "health",
                table: "FollowUpFacts",
                columns: new[] { "CustomerId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_OwnerId_Day",
                schema: "health",
                table: "FollowUpFacts",
                columns: new[] { "OwnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_Week_TeamId_OwnerId_Objective_Tagged_NoObstacle_IntervalHours",
                schema: "health",
                table: "FollowUpFacts",
                columns: new[] { "Week", "TeamId", "OwnerId", "Objective", "Tagged", "NoObstacle", "IntervalHours" });

            migrationBuilder.CreateIndex(
                name: "IX_HandOverItems_CustomerId_ToUserId",
                schema: "health",
                table: "HandOverItems",
                columns: new[] { "CustomerId", "ToUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_HandOverItems_Week_TeamId_ToUserId",
                schema: "health",
                table: "HandOverItems",
                columns: new[] { "Week", "TeamId", "ToUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadTracks_AssignedAt_TeamId_OwnerId",
                schema: "health",
                table: "LeadTracks",
                columns: new[] { "AssignedAt", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationLog_At",
                schema: "health",
                table: "OperationLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_OperationLog_EntityType_EntityId_At",
                schema: "health",
                table: "OperationLog",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_NextAttemptAt",
                schema: "health",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteTracks_ApprovedAt_TeamId_OwnerId",
                schema: "health",
                table: "QuoteTracks",
                columns: new[] { "ApprovedAt", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteTracks_DealId_ApprovedAt",
                schema: "health",
                table: "QuoteTracks",
                columns: new[] { "DealId", "ApprovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RebuildRuns_StartedAt",
                schema: "health",
                table: "RebuildRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StepSamples_Kind_Step_Week",
                schema: "health",
                table: "StepSamples",
                columns: new[] { "Kind", "Step", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_StepSamples_RecordId",
                schema: "health",
                table: "StepSamples",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_StepSamples_Week_Kind_Step_TeamId_OwnerId_DurationHours_DelayHours_Skipped_Breached",
                schema: "health",
                table: "StepSamples",
                columns: new[] { "Week", "Kind", "Step", "TeamId", "OwnerId", "DurationHours", "DelayHours", "Skipped", "Breached" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Actions",
                schema: "health");

            migrationBuilder.DropTable(
                name: "Archive",
                schema: "health");

            migrationBuilder.DropTable(
                name: "Corrections",
                schema: "health");

            migrationBuilder.DropTable(
                name: "CustomerGrades",
                schema: "health");

            migrationBuilder.DropTable(
                name: "CustomerTracks",
                schema: "health");

            migrationBuilder.DropTable(
                name: "DealTracks",
                schema: "health");

            migrationBuilder.DropTable(
                name: "FollowUpFacts",
                schema: "health");

            migrationBuilder.DropTable(
                name: "HandOverItems",
                schema: "health");

            migrationBuilder.DropTable(
                name: "InboxRecords",
                schema: "health");

            migrationBuilder.DropTable(
                name: "IndicatorThresholds",
                schema: "health");

            migrationBuilder.DropTable(
                name: "LeadTracks",
                schema: "health");

            migrationBuilder.DropTable(
                name: "OperationLog",
                schema: "health");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "health");

            migrationBuilder.DropTable(
                name: "PipelineStages",
                schema: "health");

            migrationBuilder.DropTable(
                name: "QuoteTracks",
                schema: "health");

            migrationBuilder.DropTable(
                name: "RebuildRuns",
                schema: "health");

            migrationBuilder.DropTable(
                name: "Settings",
                schema: "health");

            migrationBuilder.DropTable(
                name: "StepSamples",
                schema: "health");
        }
    }
}
