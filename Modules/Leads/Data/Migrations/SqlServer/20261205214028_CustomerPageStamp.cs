using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Leads.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CustomerPageStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                schema: "leads",
                table: "BoardStamps",
                columns: new[] { "Board", "Value" },
                values: new object[] { "Customers", new Guid("6d1c0a52-5b0e-4c35-9a49-0f0e2a7b1d03") });

            migrationBuilder.CreateIndex(
                name: "IX_NextActions_CustomerId_DoneAt_Due",
                schema: "leads",
                table: "NextActions",
                columns: new[] { "CustomerId", "DoneAt", "Due" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_NextActions_CustomerId_DoneAt_Due",
                schema: "leads",
                table: "NextActions");

            migrationBuilder.DeleteData(
                schema: "leads",
                table: "BoardStamps",
                keyColumn: "Board",
                keyValue: "Customers");
        }
    }
}
