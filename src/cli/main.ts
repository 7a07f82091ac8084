console.log("winnow cli: coming soon")
