using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Goals.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProgressIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_UserId_Day",
                schema: "goals",
                table: "Matches");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_UserId_ActionTypeId_Day",
                schema: "goals",
                table: "Matches");

            migrationBuilder.DropIndex(
                name: "IX_Matches_UserId_Day_ActionTypeId",
                schema: "goals",
                table: "Matches");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_UserId_Day",
                schema: "goals",
                table: "Matches",
                columns: new[] { "UserId", "Day" });
        }
    }
}
