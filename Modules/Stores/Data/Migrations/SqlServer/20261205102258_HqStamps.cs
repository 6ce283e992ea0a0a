using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesSuite.Stores.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HqStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HqStamps",
                schema: "stores",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HqStamps", x => x.Name);
                });

            migrationBuilder.InsertData(
                schema: "stores",
                table: "HqStamps",
                columns: new[] { "Name", "Value" },
                values: new object[] { "Reports", new Guid("3b6f2a0e-8d1c-4e57-9f0a-5c2d7e4b1a01") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HqStamps",
                schema: "stores");
        }
    }
}
