using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Stores.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HqStoreOpenedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenedOn",
                schema: "stores",
                table: "Stores",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpenedOn",
                schema: "stores",
                table: "Stores");
        }
    }
}
