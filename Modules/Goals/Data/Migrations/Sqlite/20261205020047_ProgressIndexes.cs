using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Goals.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgressIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_UserId_Day",
                table: "Matches");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_UserId_ActionTypeId_Day",
                table: "Matches",
                columns: new[] { "UserId", "ActionTypeId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Matches_UserId_Day_ActionTypeId",
                table: "Matches",
                columns: new[] { "UserId", "Day", "ActionTypeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_UserId_ActionTypeId_Day",
                table: "Matches");

            migrationBuilder.DropIndex(
                name: "IX_Matches_UserId_Day_ActionTypeId",
                table: "Matches");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_UserId_Day",
                table: "Matches",
                columns: new[] { "UserId", "Day" });
        }
    }
}
