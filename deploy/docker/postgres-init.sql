-- Each service owns its own database.
create database feedback;
create database analysis;
create database notification;
