using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Health.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Reversed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Archive",
                columns: table => new
                {
                    Position = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Archive", x => x.Position);
                });

            migrationBuilder.CreateTable(
                name: "Corrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Corrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerGrades",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PreviousGrade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Factors = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    GradedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerGrades", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "CustomerTracks",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Since = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProfileFilled = table.Column<int>(type: "INTEGER", nullable: false),
                    ProfileTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    MissingFields = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FollowUps = table.Column<int>(type: "INTEGER", nullable: false),
                    LastFollowUpAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompetitorMentions = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestonesPaid = table.Column<int>(type: "INTEGER", nullable: false),
                    LateDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestonesLate = table.Column<int>(type: "INTEGER", nullable: false),
                    DealsWon = table.Column<int>(type: "INTEGER", nullable: false),
                    WonCycleDays = table.Column<double>(type: "REAL", nullable: false),
                    QuotesAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPurchaseAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MergedInto = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerTracks", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "DealTracks",
                columns: table => new
                {
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StageEnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProposalAcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContractSignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealTracks", x => x.DealId);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpFacts",
                columns: table => new
                {
                    FollowUpId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Tagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoObstacle = table.Column<bool>(type: "INTEGER", nullable: false),
                    Competitor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Warning = table.Column<bool>(type: "INTEGER", nullable: false),
                    IntervalHours = table.Column<double>(type: "REAL", nullable: true),
                    Corrections = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpFacts", x => x.FollowUpId);
                });

            migrationBuilder.CreateTable(
                name: "HandOverItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandOverId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstFollowUpAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandOverItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxRecords",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxRecords", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "IndicatorThresholds",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Green = table.Column<double>(type: "REAL", nullable: false),
                    Red = table.Column<double>(type: "REAL", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorThresholds", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "LeadTracks",
                columns: table => new
                {
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstTouchAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NeedConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadTracks", x => x.LeadId);
                });

            migrationBuilder.CreateTable(
                name: "OperationLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeadLettered = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PipelineStages",
                columns: table => new
                {
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PipelineName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    AmberDays = table.Column<int>(type: "INTEGER", nullable: true),
                    RedDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Skippable = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelineStages", x => new { x.PipelineId, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "QuoteTracks",
                columns: table => new
                {
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StepStartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FeedbackAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BreachedSteps = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteTracks", x => x.QuoteId);
                });

            migrationBuilder.CreateTable(
                name: "RebuildRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Events = table.Column<long>(type: "INTEGER", nullable: false),
                    Unreadable = table.Column<long>(type: "INTEGER", nullable: false),
                    Seconds = table.Column<double>(type: "REAL", nullable: false),
                    Failed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RebuildRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NoObstacleTag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CompetitorWords = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PauseEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    PauseMinFollowUps = table.Column<int>(type: "INTEGER", nullable: false),
                    PauseDays = table.Column<int>(type: "INTEGER", nullable: false),
                    FreezeEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FreezeMinFields = table.Column<int>(type: "INTEGER", nullable: false),
                    FreezeAfterFollowUps = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewSharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewWaitHours = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewDueHours = table.Column<int>(type: "INTEGER", nullable: false),
                    TraceEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    TraceMaxCorrectionsPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightPayment = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightSpeed = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightTier = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightCompetition = table.Column<int>(type: "INTEGER", nullable: false),
                    GradingIntervalHours = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeAPlusFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeAFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    GradeBFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    APlusSupportPack = table.Column<bool>(type: "INTEGER", nullable: false),
                    CReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    CReviewHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StepSamples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Week = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DurationHours = table.Column<double>(type: "REAL", nullable: false),
                    TargetHours = table.Column<double>(type: "REAL", nullable: true),
                    DelayHours = table.Column<double>(type: "REAL", nullable: false),
                    Skipped = table.Column<bool>(type: "INTEGER", nullable: false),
                    Breached = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepSamples", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_EndedAt_Kind_UserId",
                table: "Actions",
                columns: new[] { "EndedAt", "Kind", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_Rule_UserId_StartedAt",
                table: "Actions",
                columns: new[] { "Rule", "UserId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Archive_EventId",
                table: "Archive",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Archive_Type_OccurredAt",
                table: "Archive",
                columns: new[] { "Type", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_OwnerId_Day",
                table: "Corrections",
                columns: new[] { "OwnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Corrections_Week_TeamId_OwnerId",
                table: "Corrections",
                columns: new[] { "Week", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerGrades_Grade",
                table: "CustomerGrades",
                column: "Grade");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerTracks_TeamId_OwnerId",
                table: "CustomerTracks",
                columns: new[] { "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_CustomerId",
                table: "DealTracks",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_LeadId",
                table: "DealTracks",
                column: "LeadId");

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_OpenedAt_TeamId_OwnerId",
                table: "DealTracks",
                columns: new[] { "OpenedAt", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DealTracks_State_Stage",
                table: "DealTracks",
                columns: new[] { "State", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_CustomerId_OwnerId",
                table: "FollowUpFacts",
                columns: new[] { "CustomerId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_OwnerId_Day",
                table: "FollowUpFacts",
                columns: new[] { "OwnerId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpFacts_Week_TeamId_OwnerId_Objective_Tagged_NoObstacle_IntervalHours",
                table: "FollowUpFacts",
                columns: new[] { "Week", "TeamId", "OwnerId", "Objective", "Tagged", "NoObstacle", "IntervalHours" });

            migrationBuilder.CreateIndex(
                name: "IX_HandOverItems_CustomerId_ToUserId",
                table: "HandOverItems",
                columns: new[] { "CustomerId", "ToUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_HandOverItems_Week_TeamId_ToUserId",
                table: "HandOverItems",
                columns: new[] { "Week", "TeamId", "ToUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadTracks_AssignedAt_TeamId_OwnerId",
                table: "LeadTracks",
                columns: new[] { "AssignedAt", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_OperationLog_At",
                table: "OperationLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_OperationLog_EntityType_EntityId_At",
                table: "OperationLog",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteTracks_ApprovedAt_TeamId_OwnerId",
                table: "QuoteTracks",
                columns: new[] { "ApprovedAt", "TeamId", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_QuoteTracks_DealId_ApprovedAt",
                table: "QuoteTracks",
                columns: new[] { "DealId", "ApprovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RebuildRuns_StartedAt",
                table: "RebuildRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StepSamples_Kind_Step_Week",
                table: "StepSamples",
                columns: new[] { "Kind", "Step", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_StepSamples_RecordId",
                table: "StepSamples",
                column: "RecordId");

            migrationBuilder.CreateIndex(
                name: "IX_StepSamples_Week_Kind_Step_TeamId_OwnerId_DurationHours_DelayHours_Skipped_Breached",
                table: "StepSamples",
                columns: new[] { "Week", "Kind", "Step", "TeamId", "OwnerId", "DurationHours", "DelayHours", "Skipped", "Breached" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Actions");

            migrationBuilder.DropTable(
                name: "Archive");

            migrationBuilder.DropTable(
                name: "Corrections");

            migrationBuilder.DropTable(
                name: "CustomerGrades");

            migrationBuilder.DropTable(
                name: "CustomerTracks");

            migrationBuilder.DropTable(
                name: "DealTracks");

            migrationBuilder.DropTable(
                name: "FollowUpFacts");

            migrationBuilder.DropTable(
                name: "HandOverItems");

            migrationBuilder.DropTable(
                name: "InboxRecords");

            migrationBuilder.DropTable(
                name: "IndicatorThresholds");

            migrationBuilder.DropTable(
                name: "LeadTracks");

            migrationBuilder.DropTable(
                name: "OperationLog");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PipelineStages");

            migrationBuilder.DropTable(
                name: "QuoteTracks");

            migrationBuilder.DropTable(
                name: "RebuildRuns");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "StepSamples");
        }
    }
}
