using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Stores.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StoreReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckIns",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false),
                    AccuracyMeters = table.Column<double>(type: "float", nullable: false),
                    DistanceMeters = table.Column<double>(type: "float", nullable: true),
                    Inside = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Clusters",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Threshold = table.Column<int>(type: "int", nullable: false),
                    StoreIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResponsibleUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosingNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clusters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Exceptions",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GrantedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Exceptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackCategories",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    ClusterThreshold = table.Column<int>(type: "int", nullable: true),
                    PlaybookTitle = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    PlaybookText = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PlaybookLink = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    ResponsibleUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Options = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Flags",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuestionKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    SupervisorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SupervisorNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Flags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Products",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sku = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LaunchOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Promotions",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Region = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Instructions = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PhotoRequired = table.Column<bool>(type: "bit", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Promotions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Refusals",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    AccuracyMeters = table.Column<double>(type: "float", nullable: true),
                    DistanceMeters = table.Column<double>(type: "float", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Refusals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Compliance = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CheckInId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DwellMinutes = table.Column<int>(type: "int", nullable: true),
                    CompetitorActivity = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    ClusterThreshold = table.Column<int>(type: "int", nullable: false),
                    SameQuestionDays = table.Column<int>(type: "int", nullable: false),
                    QualityWeightPercent = table.Column<int>(type: "int", nullable: false),
                    DuplicateSimilarityPercent = table.Column<int>(type: "int", nullable: false),
                    DailyQuotaMegabytes = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Stores",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Latitude = table.Column<double>(type: "float", nullable: false),
                    Longitude = table.Column<double>(type: "float", nullable: false),
                    RadiusMeters = table.Column<int>(type: "int", nullable: false),
                    MinDwellMinutes = table.Column<int>(type: "int", nullable: false),
                    SupervisorUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Managers = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    SourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DoneBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Feedback",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OptionCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Question = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Duplicate = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Feedback_Reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "stores",
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Files",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ThumbnailKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Width = table.Column<int>(type: "int", nullable: true),
                    Height = table.Column<int>(type: "int", nullable: true),
                    DurationSeconds = table.Column<double>(type: "float", nullable: true),
                    ExifLatitude = table.Column<double>(type: "float", nullable: true),
                    ExifLongitude = table.Column<double>(type: "float", nullable: true),
                    ExifTakenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UploadedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Files_Reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "stores",
                        principalTable: "Reports",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PromotionExecutions",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    PromotionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Executed = table.Column<bool>(type: "bit", nullable: false),
                    PhotoFileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionExecutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionExecutions_Reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "stores",
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rollouts",
                schema: "stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ProductId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VerifiedCorrect = table.Column<bool>(type: "bit", nullable: true),
                    VerifiedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rollouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rollouts_Reports_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "stores",
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_StoreId_Day",
                schema: "stores",
                table: "CheckIns",
                columns: new[] { "StoreId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Clusters_CategoryCode_WeekStart",
                schema: "stores",
                table: "Clusters",
                columns: new[] { "CategoryCode", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Exceptions_StoreId_Day",
                schema: "stores",
                table: "Exceptions",
                columns: new[] { "StoreId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Day_CategoryCode",
                schema: "stores",
                table: "Feedback",
                columns: new[] { "Day", "CategoryCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_ReportId",
                schema: "stores",
                table: "Feedback",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_StoreId_Day",
                schema: "stores",
                table: "Feedback",
                columns: new[] { "StoreId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCategories_Code",
                schema: "stores",
                table: "FeedbackCategories",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Files_ReportId",
                schema: "stores",
                table: "Files",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Files_StoreId_Day",
                schema: "stores",
                table: "Files",
                columns: new[] { "StoreId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Flags_StoreId_QuestionKey_FirstDay",
                schema: "stores",
                table: "Flags",
                columns: new[] { "StoreId", "QuestionKey", "FirstDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Products_Sku",
                schema: "stores",
                table: "Products",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PromotionExecutions_Day_StoreId_PromotionId_Executed_PhotoFileId",
                schema: "stores",
                table: "PromotionExecutions",
                columns: new[] { "Day", "StoreId", "PromotionId", "Executed", "PhotoFileId" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionExecutions_PromotionId_Day",
                schema: "stores",
                table: "PromotionExecutions",
                columns: new[] { "PromotionId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionExecutions_ReportId",
                schema: "stores",
                table: "PromotionExecutions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionExecutions_StoreId_Day",
                schema: "stores",
                table: "PromotionExecutions",
                columns: new[] { "StoreId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_Code",
                schema: "stores",
                table: "Promotions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Promotions_StartsOn_EndsOn",
                schema: "stores",
                table: "Promotions",
                columns: new[] { "StartsOn", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Refusals_StoreId_Day",
                schema: "stores",
                table: "Refusals",
                columns: new[] { "StoreId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Day",
                schema: "stores",
                table: "Reports",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_IdempotencyKey",
                schema: "stores",
                table: "Reports",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_StoreId_Day",
                schema: "stores",
                table: "Reports",
                columns: new[] { "StoreId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rollouts_ProductId_Day",
                schema: "stores",
                table: "Rollouts",
                columns: new[] { "ProductId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Rollouts_ReportId",
                schema: "stores",
                table: "Rollouts",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Rollouts_StoreId_Day",
                schema: "stores",
                table: "Rollouts",
                columns: new[] { "StoreId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Stores_Code",
                schema: "stores",
                table: "Stores",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stores_Region",
                schema: "stores",
                table: "Stores",
                column: "Region");

            migrationBuilder.CreateIndex(
                name: "IX_Stores_SupervisorUserId",
                schema: "stores",
                table: "Stores",
                column: "SupervisorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_SourceId_StoreId",
                schema: "stores",
                table: "Tasks",
                columns: new[] { "SourceId", "StoreId" },
                unique: true,
                filter: "[SourceId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_StoreId_DoneAt",
                schema: "stores",
                table: "Tasks",
                columns: new[] { "StoreId", "DoneAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Clusters",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Exceptions",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Feedback",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "FeedbackCategories",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Files",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Flags",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Products",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "PromotionExecutions",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Promotions",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Refusals",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Rollouts",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Settings",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Stores",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Tasks",
                schema: "stores");

            migrationBuilder.DropTable(
                name: "Reports",
                schema: "stores");
        }
    }
}
