using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Collections.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "collections");

            migrationBuilder.CreateTable(
                name: "CommissionRules",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProductLine = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    CustomerType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    BaseRatePercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Tiers = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommissionStatements",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Collected = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Total = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Generation = table.Column<int>(type: "int", nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeneratedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionStatements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContractLines",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProductLine = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractLines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contracts",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    QuoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    SourceVersion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Terms = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClosedLoopAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ScheduleRevision = table.Column<int>(type: "int", nullable: false),
                    DealSequence = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomerAccounts",
                schema: "collections",
                columns: table => new
                {
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CustomerType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MergedInto = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreditLimit = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Exposure = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    UnscheduledExposure = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    ExposureAsOf = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OverLimit = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAccounts", x => x.CustomerId);
                });

            migrationBuilder.CreateTable(
                name: "InboxRecords",
                schema: "collections",
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
                name: "MilestoneEscalations",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivableId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ToUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ToRole = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneEscalations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OperationLog",
                schema: "collections",
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
                schema: "collections",
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
                name: "OverdueReasons",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    RequiresText = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Steps = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OverdueReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BankReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReferenceKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Payer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReceiptId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ReversedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReversedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReversalReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Receipts",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReceivableTasks",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivableId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReasonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ResponsibleRole = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    LinkOrTemplate = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DoneAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DoneBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivableTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduleChanges",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MilestoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    ReportEscalationHours = table.Column<int>(type: "int", nullable: false),
                    ReportEscalationRole = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ReportEscalationUserName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    UntaggedEscalationDays = table.Column<int>(type: "int", nullable: false),
                    ReceiptRequiredTypes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommissionLines",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AllocationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivableId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Milestone = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BankReference = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CustomerType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ProductLine = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    RuleId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RuleLabel = table.Column<string>(type: "nvarchar(110)", maxLength: 110, nullable: true),
                    Commission = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    ClawbackOfLineId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Bands = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommissionLines_CommissionStatements_StatementId",
                        column: x => x.StatementId,
                        principalSchema: "collections",
                        principalTable: "CommissionStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Receivables",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DealId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MilestoneType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PaidAmount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReceiptId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReportedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReportNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReportReceiptId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReportEscalatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConfirmedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RejectedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RejectedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RejectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    OverdueReasonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OverdueReasonText = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReasonTaggedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReasonTaggedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OverdueNotifiedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UntaggedEscalatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receivables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Receivables_Contracts_ContractId",
                        column: x => x.ContractId,
                        principalSchema: "collections",
                        principalTable: "Contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentAllocations",
                schema: "collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivableId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    AllocatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AllocatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReversedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentAllocations_Payments_PaymentId",
                        column: x => x.PaymentId,
                        principalSchema: "collections",
                        principalTable: "Payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommissionLines_AllocationId",
                schema: "collections",
                table: "CommissionLines",
                column: "AllocationId");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionLines_ClawbackOfLineId",
                schema: "collections",
                table: "CommissionLines",
                column: "ClawbackOfLineId");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionLines_StatementId_Order",
                schema: "collections",
                table: "CommissionLines",
                columns: new[] { "StatementId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_CommissionStatements_PeriodStart_Status",
                schema: "collections",
                table: "CommissionStatements",
                columns: new[] { "PeriodStart", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CommissionStatements_UserId_PeriodStart",
                schema: "collections",
                table: "CommissionStatements",
                columns: new[] { "UserId", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractLines_ContractId",
                schema: "collections",
                table: "ContractLines",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_CustomerId",
                schema: "collections",
                table: "Contracts",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_DealId",
                schema: "collections",
                table: "Contracts",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_Number",
                schema: "collections",
                table: "Contracts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_OwnerId_SignedOn",
                schema: "collections",
                table: "Contracts",
                columns: new[] { "OwnerId", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Contracts_QuoteId",
                schema: "collections",
                table: "Contracts",
                column: "QuoteId",
                unique: true,
                filter: "[QuoteId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_Code",
                schema: "collections",
                table: "CustomerAccounts",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAccounts_OverLimit",
                schema: "collections",
                table: "CustomerAccounts",
                column: "OverLimit");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneEscalations_ReceivableId",
                schema: "collections",
                table: "MilestoneEscalations",
                column: "ReceivableId");

            migrationBuilder.CreateIndex(
                name: "IX_OperationLog_At",
                schema: "collections",
                table: "OperationLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_OperationLog_EntityType_EntityId_At",
                schema: "collections",
                table: "OperationLog",
                columns: new[] { "EntityType", "EntityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_NextAttemptAt",
                schema: "collections",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OverdueReasons_Name",
                schema: "collections",
                table: "OverdueReasons",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAllocations_OwnerId_AllocatedAt",
                schema: "collections",
                table: "PaymentAllocations",
                columns: new[] { "OwnerId", "AllocatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAllocations_PaymentId",
                schema: "collections",
                table: "PaymentAllocations",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentAllocations_ReceivableId",
                schema: "collections",
                table: "PaymentAllocations",
                column: "ReceivableId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_CustomerId_PaidOn",
                schema: "collections",
                table: "Payments",
                columns: new[] { "CustomerId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_PaidOn",
                schema: "collections",
                table: "Payments",
                column: "PaidOn");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ReferenceKey",
                schema: "collections",
                table: "Payments",
                column: "ReferenceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_ContractId_Sequence",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "ContractId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_CustomerId_DueDate_Status_OverdueReasonId_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "CustomerId", "DueDate", "Status", "OverdueReasonId", "Amount", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_DueDate_Status_OwnerId_CustomerId_OverdueReasonId_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "DueDate", "Status", "OwnerId", "CustomerId", "OverdueReasonId", "Amount", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OverdueFollowUp",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "Status", "DueDate", "OverdueNotifiedAt", "OverdueReasonId", "UntaggedEscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_OwnerId_DueDate_Status_Amount_PaidAmount",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "OwnerId", "DueDate", "Status", "Amount", "PaidAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Receivables_Status_DueDate",
                schema: "collections",
                table: "Receivables",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivableTasks_ReceivableId_Order",
                schema: "collections",
                table: "ReceivableTasks",
                columns: new[] { "ReceivableId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceivableTasks_ResponsibleRole_DueOn",
                schema: "collections",
                table: "ReceivableTasks",
                columns: new[] { "ResponsibleRole", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleChanges_ContractId_Revision",
                schema: "collections",
                table: "ScheduleChanges",
                columns: new[] { "ContractId", "Revision" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommissionLines",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "CommissionRules",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ContractLines",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "CustomerAccounts",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "InboxRecords",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "MilestoneEscalations",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "OperationLog",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "OverdueReasons",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "PaymentAllocations",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Receipts",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Receivables",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ReceivableTasks",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "ScheduleChanges",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Settings",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "CommissionStatements",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Payments",
                schema: "collections");

            migrationBuilder.DropTable(
                name: "Contracts",
                schema: "collections");
        }
    }
}
